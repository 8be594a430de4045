import java.io.*;
import java.util.*;

public class Main {
  public static void main(String[] args) throws IOException {
    StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
    in.resetSyntax();
    in.wordChars('-', '-');
    in.wordChars('0', '9');
    in.whitespaceChars(0, ' ');
    in.nextToken();
    long n = Long.parseLong(in.sval), s = 0;
    for (long i = 0; i < n && in.nextToken() != StreamTokenizer.TT_EOF; i++) s += Long.parseLong(in.sval);
    System.out.println(s);
  }
}

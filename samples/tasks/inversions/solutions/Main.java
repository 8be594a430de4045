import java.io.*;
import java.util.*;

// Reference in Java: merge sort counting.
public class Main {
  static long sortCount(int[] a, int[] tmp, int lo, int hi) {
    if (hi - lo < 2) return 0;
    int mid = (lo + hi) >>> 1;
    long c = sortCount(a, tmp, lo, mid) + sortCount(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
      if (a[i] <= a[j]) tmp[k++] = a[i++];
      else { c += mid - i; tmp[k++] = a[j++]; }
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    System.arraycopy(tmp, lo, a, lo, hi - lo);
    return c;
  }
  public static void main(String[] args) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
    int n = next(in);
    int[] a = new int[n];
    for (int i = 0; i < n; i++) a[i] = next(in);
    System.out.println(sortCount(a, new int[n], 0, n));
  }
  static int next(DataInputStream in) throws IOException {
    int r = 0, b = in.read();
    while (b < '0') b = in.read();
    while (b >= '0') { r = r * 10 + (b - '0'); b = in.read(); }
    return r;
  }
}

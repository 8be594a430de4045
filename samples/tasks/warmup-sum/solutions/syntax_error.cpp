// Does not compile on purpose.
int main() { return missing_variable; }

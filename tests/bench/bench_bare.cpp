// The floor under every C++ program: libstdc++ and libc, no Qt, printing a version line.
// tests/bench/startup.sh shows it beside the bare QCoreApplication (bench_coreonly): the
// difference is what loading QtCore costs any program that links it.
#include <iostream>

int main()
{
    std::cout << "bench_bare 0.1.0\n";
    return 0;
}

/*
 * Lets Intel MKL use its fast kernels on AMD processors.
 *
 * PyTorch's CPU build does its matrix products in MKL, which asks mkl_serv_intel_cpu_true()
 * whether the processor is Intel's and, when not, runs generic kernels: on the AMD EPYC machines
 * here a 100x256 by 256x256 product took 170 us instead of 82. Answering yes sends MKL down its
 * usual path, where it picks the kernels by the processor's features (AVX2, AVX-512) as it does
 * on Intel's. run.sh compiles this file and preloads it on AMD processors; docs/benchmarks.md,
 * "MKL on AMD processors", has the measurements and how to turn it off.
 */
int mkl_serv_intel_cpu_true(void) {
  return 1;
}

// The simulated host's hardware, which the daemon checks resource limits against and
// `docker stats` reports as the memory limit of containers without one.

/** CPUs the daemon sees (`docker info`'s CPUs). */
export const HOST_CPUS = 4;

/** Total memory in bytes (`docker info`'s Total Memory: 7.751GiB). */
export const HOST_MEMORY = 8_322_326_528;

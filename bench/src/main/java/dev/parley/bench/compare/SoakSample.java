package dev.parley.bench.compare;

/**
 * One reading taken while the soak holds its sessions.
 *
 * @param seconds seconds since the hold began
 * @param connected sessions still connected (logged in minus dropped)
 * @param heap the server's Java heap
 * @param collected whether a full GC ran just before {@code heap} was read (used = live set)
 * @param serverRssKib the server's resident memory ({@code VmRSS})
 * @param serverCpuPercent the server's CPU over the interval since the previous reading, in percent
 *     of one core; {@code NaN} for the first reading
 * @param toolRssKib the load tool's own resident memory
 */
record SoakSample(
    double seconds,
    long connected,
    HeapInfo heap,
    boolean collected,
    long serverRssKib,
    double serverCpuPercent,
    long toolRssKib) {}

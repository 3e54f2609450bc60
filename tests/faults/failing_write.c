/* A disk that fills up, for tests (LD_PRELOAD): write(), pwrite() and
 * pwrite64() on a descriptor whose path contains USAGEDESK_FAULT_PATH succeed
 * for the first USAGEDESK_FAULT_BYTES bytes in total, then fail with ENOSPC
 * (the write that crosses the limit writes what still fits, as a full disk
 * does). Without USAGEDESK_FAULT_PATH every call passes straight through.
 * Standard streams are never matched, so the error message still comes out. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);
typedef ssize_t (*pwrite64_fn)(int, const void *, size_t, off64_t);

static long long written_so_far;

static int matches(int fd)
{
    const char *wanted = getenv("USAGEDESK_FAULT_PATH");
    if (!wanted || !*wanted || fd <= 2)
        return 0;
    char link[64];
    char target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return 0;
    target[n] = '\0';
    return strstr(target, wanted) != NULL;
}

/* How many of `count` bytes may still be written: count, fewer, or -1 when
 * the disk is full. */
static long long allowance(int fd, size_t count)
{
    if (!matches(fd))
        return (long long)count;
    const char *limitText = getenv("USAGEDESK_FAULT_BYTES");
    const long long limit = limitText ? atoll(limitText) : 0;
    const long long left = limit - written_so_far;
    if (left <= 0 && count > 0)
        return -1;
    return (long long)count < left ? (long long)count : left;
}

ssize_t write(int fd, const void *buffer, size_t count)
{
    static write_fn real;
    if (!real)
        real = (write_fn)dlsym(RTLD_NEXT, "write");
    const long long allowed = allowance(fd, count);
    if (allowed < 0) {
        errno = ENOSPC;
        return -1;
    }
    const ssize_t done = real(fd, buffer, (size_t)allowed);
    if (done > 0 && matches(fd))
        written_so_far += done;
    return done;
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    static pwrite_fn real;
    if (!real)
        real = (pwrite_fn)dlsym(RTLD_NEXT, "pwrite");
    const long long allowed = allowance(fd, count);
    if (allowed < 0) {
        errno = ENOSPC;
        return -1;
    }
    const ssize_t done = real(fd, buffer, (size_t)allowed, offset);
    if (done > 0 && matches(fd))
        written_so_far += done;
    return done;
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    static pwrite64_fn real;
    if (!real)
        real = (pwrite64_fn)dlsym(RTLD_NEXT, "pwrite64");
    const long long allowed = allowance(fd, count);
    if (allowed < 0) {
        errno = ENOSPC;
        return -1;
    }
    const ssize_t done = real(fd, buffer, (size_t)allowed, offset);
    if (done > 0 && matches(fd))
        written_so_far += done;
    return done;
}

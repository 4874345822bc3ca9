/** Made-up web archives of any size, for benchmarks: pages written here, never copied from a crawl. */
package org.herald.archive.synthetic;

/** The {@link org.herald.store.Store} on an OpenSearch 2.19 cluster: the embedded store's contract, served by a cluster. */
package org.herald.opensearch;

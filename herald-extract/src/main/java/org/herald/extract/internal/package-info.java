/** Internal helpers of the extraction stage. Please don't depend on the APIs implemented here. */
package org.herald.extract.internal;

/** Tags: free keywords with a page each. Owns the {@code tag} table. */
package io.iton.tag;

/**
 * HTTPS from the first start: a self-signed certificate kept under the data folder unless {@code
 * server.ssl.*} names a real one, and a plain-HTTP port that only redirects.
 */
package com.example.authstarter.tls;

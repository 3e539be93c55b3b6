/**
 * Saydo's HTTP API and dashboard: {@link org.saydo.http.SaydoServer} (Javalin routes, validation, security),
 * {@link org.saydo.http.RecordReader} (read-only queries over the store file), {@link org.saydo.http.SearchIndex}
 * (Lucene over stored sentences) and the static dashboard under {@code org/saydo/http/web/}.
 */
package org.saydo.http;

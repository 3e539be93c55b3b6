/**
 * Saydo's HTTP API and dashboard: {@link org.saydo.http.SaydoServer} (Javalin routes, validation, security),
 * {@link org.saydo.http.RecordService} (over the store's {@link org.saydo.store.RecordReader}), {@link org.saydo.http.SearchIndex}
 * (Lucene over stored sentences) and the static dashboard under {@code org/saydo/http/web/}.
 */
package org.saydo.http;

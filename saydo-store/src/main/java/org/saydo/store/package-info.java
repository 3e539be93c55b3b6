/** The record store: sources in, the sourced record in DuckDB, queries and exports out. */
package org.saydo.store;

/**
 * The case store on PostgreSQL and H2: {@link org.qualityloop.workflow.jdbc.JdbcCaseStore}, its
 * schema ({@link org.qualityloop.workflow.jdbc.JdbcSchema}) and the databases it knows
 * ({@link org.qualityloop.workflow.jdbc.Dialect}). docs/jdbc.md describes the tables, the scripts,
 * the global feed and the failure behaviour.
 */
package org.qualityloop.workflow.jdbc;

/**
 * Quality Loop's JSON with Jackson 2: the module to register on an existing mapper and a
 * convenience for applications that have none.
 */
package org.qualityloop.jackson;

/** The Jackson 3 set-up, deserializers and refusal messages behind {@code QualityLoopModule}; not exported. */
package org.qualityloop.jackson3.internal;

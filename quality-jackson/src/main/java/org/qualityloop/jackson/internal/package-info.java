/** The Jackson 2 set-up, serializers and deserializers behind {@code QualityLoopModule}; not exported. */
package org.qualityloop.jackson.internal;

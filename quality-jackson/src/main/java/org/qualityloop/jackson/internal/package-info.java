/** Mix-ins, serializers and deserializers behind {@code QualityLoopModule}; not exported. */
package org.qualityloop.jackson.internal;

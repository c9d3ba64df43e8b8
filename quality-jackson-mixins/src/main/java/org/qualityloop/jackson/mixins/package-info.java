/**
 * The mix-ins that give Quality Loop's types their JSON shape, and {@link
 * org.qualityloop.jackson.mixins.MixIns}, their version-neutral registry; exported only to the two
 * JSON modules.
 */
package org.qualityloop.jackson.mixins;

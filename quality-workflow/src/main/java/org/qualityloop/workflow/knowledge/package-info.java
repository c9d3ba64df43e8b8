/**
 * The knowledge base (知識庫) that closed cases feed: the {@link
 * org.qualityloop.workflow.knowledge.KnowledgeBase} SPI, its {@link
 * org.qualityloop.workflow.knowledge.KnowledgeEntry entries}, and an in-memory implementation.
 */
package org.qualityloop.workflow.knowledge;

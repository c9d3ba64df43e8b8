package org.qualityloop.workflow.loop;

import org.qualityloop.workflow.cases.CaseSnapshot;

/**
 * Rebuilds a snapshot field by field through its public accessors and builder, as a store reading
 * it back from a table or a JSON document does; the result carries nothing of the case it was
 * taken of.
 */
final class SnapshotCopy {

    private SnapshotCopy() {
    }

    static CaseSnapshot of(CaseSnapshot s) {
        return CaseSnapshot.builder(s.schema(), s.id(), s.version(), s.updatedAt(), s.state(), s.cycle(), s.feedback())
                .stage(s.stage()).category(s.category()).severity(s.severity()).priority(s.priority())
                .segment(s.segment()).owner(s.owner()).team(s.team()).escalationCount(s.escalationCount())
                .registeredAt(s.registeredAt()).cycleStartedAt(s.cycleStartedAt())
                .firstResponseAt(s.firstResponseAt()).respondedAt(s.respondedAt()).lastUpdateAt(s.lastUpdateAt())
                .resolvedAt(s.resolvedAt()).closedAt(s.closedAt()).closure(s.closure())
                .awaitingCustomer(s.awaitingCustomer()).failedFollowUps(s.failedFollowUps())
                .reopenCount(s.reopenCount()).recoveryActions(s.recoveryActions()).failure(s.failure())
                .satisfaction(s.satisfaction()).slaTargets(s.slaTargets()).clocks(s.clocks())
                .pastClocks(s.pastClocks()).slaPauses(s.slaPauses()).slaPausedSince(s.slaPausedSince())
                .build();
    }
}

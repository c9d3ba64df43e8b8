package org.qualityloop.workflow.store;

import java.util.Optional;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.CustomerId;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;

/**
 * A case store that keeps customers' personal data apart from the events and can erase it: the
 * library's answer to a deletion request. After an erasure every history still replays, every
 * outcome and metric stays the same, and the erased fields read as erased
 * ({@link org.qualityloop.model.feedback.Feedback#erased()}). {@link InMemoryCaseStore} implements
 * it; the {@code ErasureContract} suite of {@code quality-workflow-testkit} checks any store.
 *
 * <p>A separate interface rather than a method of {@link CaseStore}, so that a store either keeps
 * the promise below or plainly does not offer it: adding it to the store SPI would break every
 * store written against it, and a default method could only throw or pretend.
 *
 * <p><b>What an implementation does.</b>
 * <ul>
 *   <li>It keeps only the split form of what it is given ({@link PersonalData#split(CaseEvent)},
 *       {@link PersonalData#split(CaseSnapshot)}): events and snapshots without personal data in
 *       its log, one {@link PersonalData} record per case elsewhere, found by case and by
 *       customer.</li>
 *   <li>Everything it returns is joined back ({@link PersonalData#join(CaseEvent, Optional)} and
 *       its siblings): {@link CaseStore#load}, {@link CaseStore#history}, {@link
 *       CaseStore#eventsOf}, {@link CaseStore#read} and the events of {@link
 *       AppendResult.Duplicate}.</li>
 *   <li>Erasing removes the records, and marks the cases erased so that personal data offered for
 *       them again (a snapshot from an engine instance that read the case before the erasure) is
 *       dropped, not kept. An erasure is atomic with respect to appends of the same case.</li>
 *   <li>Erasing is not an event: it changes no case's version, history or position in the feed,
 *       and a claim or due entry is unaffected. Erasing again erases nothing and returns
 *       {@link Erasure#none()}.</li>
 * </ul>
 *
 * <p>What remains is pseudonymous: the {@link CustomerId} (also in {@code Actor}s), the case and
 * feedback ids, channels, categories, instants, verdicts, the staff's own wording. Copies the
 * integrator made (listeners, projections fed from {@link CaseStore#read}, exports, units of work)
 * are the integrator's to erase.
 */
public interface PersonalDataErasure {

    /**
     * Erases a customer's personal data from every case opened for their feedback.
     *
     * @param customer the customer, not null
     * @return what was erased; {@link Erasure#none()} when nothing (left) to erase
     * @throws CaseStoreException when the store failed; whether anything was erased is unknown,
     *     and erasing again is safe
     */
    Erasure eraseCustomer(CustomerId customer);

    /**
     * Erases the personal data of one case: the way to erase anonymous feedback, which no
     * {@link CustomerId} finds, or one case of a customer.
     *
     * @param caseId the case, not null
     * @return what was erased; {@link Erasure#none()} when nothing (left) to erase
     * @throws CaseStoreException when the store failed; whether anything was erased is unknown,
     *     and erasing again is safe
     */
    Erasure eraseCase(CaseId caseId);
}

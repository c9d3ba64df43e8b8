package org.qualityloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    private static Touchpoint.Builder tp(String id, String stage, BlueprintLane lane) {
        return Touchpoint.builder(id, id).stage(stage).phase(JourneyPhase.DELIVERY)
                .channel(Channel.APP).lane(lane).ownedBy("team-a");
    }

    private static ServiceProcess hotel() {
        return ServiceProcess.builder("hotel", "Hotel stay")
                .stage("check-in", "Check-in")
                .stage("stay", "Stay")
                .touchpoint(tp("front-desk", "check-in", BlueprintLane.FRONT_STAGE).momentOfTruth())
                .touchpoint(tp("key-card", "check-in", BlueprintLane.PHYSICAL_EVIDENCE))
                .touchpoint(tp("room-assignment", "check-in", BlueprintLane.BACK_STAGE))
                .touchpoint(tp("room-service", "stay", BlueprintLane.FRONT_STAGE))
                .build();
    }

    @Test
    void build_duplicateStageId_isRejectedNamingTheId() {
        ServiceProcess.Builder builder = ServiceProcess.builder("p", "P").stage("booking", "Booking");
        assertThatThrownBy(() -> builder.stage("booking", "Booking again"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage id 'booking' must be unique in process 'p', but was used twice");
    }

    @Test
    void build_duplicateTouchpointId_isRejectedNamingTheId() {
        ServiceProcess.Builder builder = ServiceProcess.builder("p", "P").stage("s", "S")
                .touchpoint(tp("t", "s", BlueprintLane.FRONT_STAGE));
        assertThatThrownBy(() -> builder.touchpoint(tp("t", "s", BlueprintLane.BACK_STAGE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("touchpoint id 't' must be unique in process 'p', but was used twice");
    }

    @Test
    void build_touchpointAtUnknownStage_isRejectedNamingBoth() {
        ServiceProcess.Builder builder = ServiceProcess.builder("p", "P").stage("s", "S")
                .touchpoint(tp("t", "nowhere", BlueprintLane.FRONT_STAGE));
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage of touchpoint 't' must be a stage of process 'p', but was unknown stage 'nowhere'");
    }

    @Test
    void build_emptyStageWhenRequiredNonEmpty_isRejected() {
        ServiceProcess.Builder builder = ServiceProcess.builder("p", "P").stage("s", "S").stage("empty", "E")
                .touchpoint(tp("t", "s", BlueprintLane.FRONT_STAGE))
                .requireNonEmptyStages();
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 'empty' must have at least one touchpoint (nonEmptyStages), but had none");
    }

    @Test
    void build_emptyStageWhenNotRequired_isAccepted() {
        ServiceProcess process = ServiceProcess.builder("p", "P").stage("s", "S").build();
        assertThat(process.touchpoints(StageId.of("s"))).isEmpty();
    }

    @Test
    void build_noStages_isRejected() {
        assertThatThrownBy(() -> ServiceProcess.builder("p", "P").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages of process 'p' must not be empty");
    }

    @Test
    void touchpointBuilder_missingLane_isRejectedNamingTouchpoint() {
        Touchpoint.Builder builder = Touchpoint.builder("t", "T").stage("s").phase(JourneyPhase.INFORMATION)
                .channel(Channel.WEB).ownedBy("team");
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("lane of touchpoint 't' was not set");
    }

    @Test
    void touchpoint_blankName_isRejected() {
        assertThatThrownBy(() -> Touchpoint.builder("t", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank");
    }

    @Test
    void blueprint_answersFrontAndBackStagePerStage() {
        ServiceProcess process = hotel();
        StageId checkIn = StageId.of("check-in");
        assertThat(process.touchpoints(checkIn, BlueprintLane.FRONT_STAGE))
                .extracting(t -> t.id().value()).containsExactly("front-desk");
        assertThat(process.touchpoints(checkIn, BlueprintLane.BACK_STAGE))
                .extracting(t -> t.id().value()).containsExactly("room-assignment");
        assertThat(process.touchpoints(checkIn)).hasSize(3);
        assertThat(process.momentsOfTruth()).extracting(t -> t.id().value()).containsExactly("front-desk");
        assertThat(process.touchpoint(TouchpointId.of("key-card"))).isPresent();
        assertThat(process.stage(StageId.of("none"))).isEmpty();
    }

    @Test
    void blueprint_unknownStage_isRejected() {
        ServiceProcess process = hotel();
        assertThatThrownBy(() -> process.touchpoints(StageId.of("spa"), BlueprintLane.SUPPORT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stageId must be a stage of process 'hotel', but was unknown stage 'spa'");
    }

    @Test
    void describe_listsStagesInOrderWithLaneChannelAndMomentOfTruthMarker() {
        String text = hotel().describe();
        assertThat(text).startsWith("Process hotel: Hotel stay (2 stages, 4 touchpoints, 1 moments of truth)\n"
                + "1. check-in: Check-in\n"
                + "   - key-card: key-card [PHYSICAL_EVIDENCE, DELIVERY, app, team team-a]\n"
                + "   - front-desk: front-desk [FRONT_STAGE, DELIVERY, app, team team-a] [MoT]\n"
                + "   - room-assignment: room-assignment [BACK_STAGE, DELIVERY, app, team team-a]\n"
                + "2. stay: Stay\n");
        assertThat(hotel().toString()).isEqualTo(
                "ServiceProcess[id=hotel, name=Hotel stay, stages=[check-in -> stay], touchpoints=4, momentsOfTruth=1]");
    }

    @Test
    void process_copiesListsDefensively() {
        List<Stage> stages = new ArrayList<>(List.of(Stage.of("s", "S")));
        ServiceProcess process = new ServiceProcess(ProcessId.of("p"), "P", stages, new ArrayList<>(), false);
        stages.add(Stage.of("x", "X"));
        assertThat(process.stages()).hasSize(1);
        assertThatThrownBy(() -> process.stages().add(Stage.of("y", "Y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void lanes_aboveLineOfVisibilityAreVisible() {
        assertThat(BlueprintLane.FRONT_STAGE.visibleToCustomer()).isTrue();
        assertThat(BlueprintLane.BACK_STAGE.visibleToCustomer()).isFalse();
        assertThat(BlueprintLane.SUPPORT.visibleToCustomer()).isFalse();
    }
}

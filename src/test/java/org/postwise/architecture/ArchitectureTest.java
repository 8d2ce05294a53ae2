package org.postwise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the house, checked on the compiled main classes with ArchUnit (bytecode, so a fully
 * qualified name in code counts as much as an import):
 *
 * <ul>
 *   <li>no package cycle, each package (sub-packages included) on its own;</li>
 *   <li>JDA only in {@code chat.discord};</li>
 *   <li>the composition root ({@code org.postwise}, {@code cli}) builds on everything and nothing builds on it;
 *       transports ({@code chat.console}, {@code chat.discord}, and {@code ops}, the operator's health and metrics
 *       endpoint) build on capabilities ({@code chat}, {@code admin},
 *       {@code tips}), which build on the core (the pipeline {@code knowledge → retrieval → answer}, and
 *       {@code access}, {@code audit}, {@code feedback}, {@code storage}, {@code config}, {@code eval}), never the
 *       other way round;</li>
 *   <li>capabilities never reach into each other, nor transports into each other;</li>
 *   <li>{@code chat} knows the knowledge base only through the answer layer;</li>
 *   <li>{@code config} depends on nothing but the JDK, so every package can read its settings.</li>
 * </ul>
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.postwise");

    /** Every package of Postwise is a slice of its own; classes of other libraries are left out. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals("org.postwise") || name.startsWith("org.postwise.") ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every package of org.postwise";
        }
    };

    private static final ArchRule NO_CYCLES = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

    @Test
    void no_package_depends_on_itself_through_others() {
        NO_CYCLES.check(MAIN);
    }

    @Test
    void the_cycle_rule_finds_a_cycle_where_there_is_one() {
        // given two test packages that use each other
        JavaClasses cycle = new ClassFileImporter().importPackages("org.postwise.architecture.cycle");

        // when / then
        assertThat(NO_CYCLES.evaluate(cycle).hasViolation()).isTrue();
    }

    @Test
    void only_chat_discord_uses_jda() {
        noClasses().that().resideOutsideOfPackage("org.postwise.chat.discord")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(MAIN);
    }

    @Test
    void transports_build_on_capabilities_which_build_on_the_core_and_nothing_builds_on_the_root() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("composition").definedBy("org.postwise", "org.postwise.cli")
                .layer("transports").definedBy("org.postwise.chat.console", "org.postwise.chat.discord",
                        "org.postwise.ops")
                .layer("capabilities").definedBy("org.postwise.chat", "org.postwise.admin", "org.postwise.tips")
                .layer("core").definedBy("org.postwise.knowledge", "org.postwise.retrieval", "org.postwise.answer..",
                        "org.postwise.access", "org.postwise.audit", "org.postwise.feedback", "org.postwise.storage",
                        "org.postwise.config", "org.postwise.eval")
                .whereLayer("composition").mayNotBeAccessedByAnyLayer()
                .whereLayer("transports").mayOnlyBeAccessedByLayers("composition")
                .whereLayer("capabilities").mayOnlyBeAccessedByLayers("transports", "composition")
                .ensureAllClassesAreContainedInArchitecture()
                .check(MAIN);
    }

    @Test
    void the_pipeline_flows_from_knowledge_to_retrieval_to_answer() {
        CompositeArchRule.of(noClasses().that().resideInAPackage("org.postwise.knowledge..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.postwise.retrieval..",
                                "org.postwise.answer.."))
                .and(noClasses().that().resideInAPackage("org.postwise.retrieval..")
                        .should().dependOnClassesThat().resideInAPackage("org.postwise.answer.."))
                .check(MAIN);
    }

    @Test
    void capabilities_and_transports_never_reach_into_their_siblings() {
        CompositeArchRule.of(neither("org.postwise.tips", "org.postwise.admin..", "org.postwise.chat.."))
                .and(neither("org.postwise.admin", "org.postwise.tips..", "org.postwise.chat.."))
                .and(neither("org.postwise.chat", "org.postwise.admin..", "org.postwise.tips.."))
                .and(neither("org.postwise.chat.console", "org.postwise.chat.discord..", "org.postwise.ops.."))
                .and(neither("org.postwise.chat.discord", "org.postwise.chat.console..", "org.postwise.ops.."))
                .and(neither("org.postwise.ops", "org.postwise.chat..", "org.postwise.tips.."))
                .check(MAIN);
    }

    @Test
    void chat_knows_the_knowledge_base_only_through_the_answer_layer() {
        noClasses().that().resideInAPackage("org.postwise.chat..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.postwise.retrieval..", "org.postwise.knowledge..")
                .check(MAIN);
    }

    @Test
    void config_depends_on_no_other_package_of_postwise() {
        noClasses().that().resideInAPackage("org.postwise.config")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.postwise.config", "java..")
                .check(MAIN);
    }

    private static ArchRule neither(String from, String... others) {
        return noClasses().that().resideInAPackage(from).should().dependOnClassesThat().resideInAnyPackage(others);
    }
}

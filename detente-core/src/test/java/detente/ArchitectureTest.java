package detente;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The architecture's one-way rules, enforced on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("detente");

    @Test
    void coreNlpTypesStayInsideTheAdapter() {
        noClasses().that().resideOutsideOfPackage("detente.nlp.corenlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .because("CoreNLP types never leave the NLP adapter package")
                .check(CORE);
    }

    @Test
    void stagesDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("detente.actor..")
                .should().dependOnClassesThat().resideInAnyPackage("detente.event..", "detente.fact..", "detente.nlp..", "detente.ingest..")
                .check(CORE);
        noClasses().that().resideInAPackage("detente.event..")
                .should().dependOnClassesThat().resideInAnyPackage("detente.actor..", "detente.fact..", "detente.nlp..", "detente.ingest..")
                .check(CORE);
        noClasses().that().resideInAPackage("detente.fact..")
                .should().dependOnClassesThat().resideInAnyPackage("detente.actor..", "detente.event..",
                        "detente.nlp..", "detente.ingest..")
                .check(CORE);
        noClasses().that().resideInAnyPackage("detente.doc..", "detente.pipeline..", "detente.dict..")
                .should().dependOnClassesThat().resideInAnyPackage("detente.actor..", "detente.event..",
                        "detente.fact..", "detente.nlp..", "detente.ingest..")
                .check(CORE);
    }

    @Test
    void coreHasNoDatabaseOrWebCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.javalin..", "org.duckdb..",
                        "detente.cli..", "detente.store..", "detente.server..", "detente.analysis..")
                .check(CORE);
    }
}

package tandem.ivr.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.core.validation.ModelValidation;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.Input;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.StarterScript;
import tandem.ivr.model.validation.IvrValidator;

/**
 * One test per rule of the IVR validator, run the way editors and {@code tandem-cli validate} run it: through the
 * validator contributed to {@code tandem.core.validators}.
 */
class IvrValidatorTest {

    private final IvrFactory factory = IvrFactory.eINSTANCE;

    @Test
    void theSampleAndTheStarterScriptHaveNoErrors(@TempDir Path folder) throws Exception {
        assertEquals(List.of(), problems(AcmeScript.load(folder).script, Diagnostic.ERROR));
        IvrScript starter = StarterScript.create("Acme");
        assertEquals(List.of(), problems(starter, Diagnostic.ERROR));
        assertEquals(2, codes(starter, IvrValidator.ROUTE_WITHOUT_QUEUE).size(),
                "the starter's routes still need their queues");
    }

    @Test
    void anEmptySlotIsReported() {
        IvrScript script = StarterScript.create("Acme");
        Prompt welcome = (Prompt) script.getNodes().get(0);
        welcome.setNext(null);

        List<Diagnostic> found = codes(script, IvrValidator.MISSING_NEXT);

        assertEquals(1, found.size());
        assertSame(welcome, found.get(0).getData().get(0));
        assertEquals("IVR script 'Acme' / Prompt 'Welcome' leads nowhere on 'then': choose the node the call goes to",
                found.get(0).getMessage());
    }

    @Test
    void aNextNodeOutsideTheScriptIsDangling() {
        IvrScript script = StarterScript.create("Acme");
        Menu menu = (Menu) script.getNodes().get(1);
        Route stray = factory.createRoute();
        stray.setName("Stray");
        menu.getOptions().get(0).setTarget(stray);

        List<Diagnostic> found = codes(script, IvrValidator.DANGLING_NEXT);

        assertEquals(1, found.size());
        assertSame(menu.getOptions().get(0), found.get(0).getData().get(0));
        assertTrue(found.get(0).getMessage().contains("to Route 'Stray', which is not part of the script"));
    }

    @Test
    void aMenuWithoutOptionsIsReported() {
        IvrScript script = StarterScript.create("Acme");
        Menu menu = (Menu) script.getNodes().get(1);
        menu.getOptions().clear();

        assertEquals(1, codes(script, IvrValidator.MENU_WITHOUT_OPTIONS).size());
    }

    @Test
    void aKeyUsedTwiceInOneMenuIsReportedOnTheSecondOption() {
        IvrScript script = StarterScript.create("Acme");
        Menu menu = (Menu) script.getNodes().get(1);
        menu.getOptions().get(1).setKey("1");

        List<Diagnostic> found = codes(script, IvrValidator.DUPLICATE_DTMF_KEY);

        assertEquals(1, found.size());
        assertSame(menu.getOptions().get(1), found.get(0).getData().get(0));
    }

    @Test
    void aKeyThatIsNoPhoneKeyIsReported() {
        IvrScript script = StarterScript.create("Acme");
        ((Menu) script.getNodes().get(1)).getOptions().get(0).setKey("12");

        assertEquals(1, codes(script, IvrValidator.INVALID_DTMF_KEY).size());
    }

    @Test
    void anOptionWithoutKeyOrPhraseIsReported() {
        IvrScript script = StarterScript.create("Acme");
        MenuOption option = ((Menu) script.getNodes().get(1)).getOptions().get(0);
        option.setKey(null);
        option.setPhrases(" ");

        assertEquals(1, codes(script, IvrValidator.OPTION_WITHOUT_CHOICE).size());
    }

    @Test
    void aNegativeRetryCountIsReported() {
        IvrScript script = StarterScript.create("Acme");
        Menu menu = (Menu) script.getNodes().get(1);
        menu.getNoInput().setRetries(-1);

        List<Diagnostic> found = codes(script, IvrValidator.NEGATIVE_RETRIES);

        assertEquals(1, found.size());
        assertSame(menu.getNoInput(), found.get(0).getData().get(0));
        assertTrue(found.get(0).getMessage().contains("has -1 no-input retries"), found.get(0).getMessage());
    }

    @Test
    void aMenuWithoutNoMatchHandlingIsReported() {
        IvrScript script = StarterScript.create("Acme");
        ((Menu) script.getNodes().get(1)).setNoMatch(null);

        assertEquals(1, codes(script, IvrValidator.MISSING_RETRY_HANDLING).size());
        assertEquals(List.of(), codes(script, IvrValidator.MISSING_NEXT), "reported once, as missing handling");
    }

    @Test
    void anEntryPointWithoutFirstNodeIsReported() {
        IvrScript script = StarterScript.create("Acme");
        EntryPoint promo = factory.createEntryPoint();
        promo.setName("Promotion line");
        promo.setNumber("0800 555");
        script.getEntryPoints().add(promo);

        List<Diagnostic> found = codes(script, IvrValidator.ENTRY_POINT_WITHOUT_FIRST_NODE);

        assertEquals(1, found.size());
        assertTrue(found.get(0).getMessage().contains("calls to 0800 555 would drop at once"));
    }

    @Test
    void inputLimitsThatNoInputCanMeetAndBrokenPatternsAreReported() {
        IvrScript script = StarterScript.create("Acme");
        Input input = factory.createInput();
        input.setName("Account");
        input.setMinLength(8);
        input.setMaxLength(6);
        input.setNoMatch(StarterScript.retry("Again?", script.getNodes().get(3)));
        input.setNoInput(StarterScript.retry("Hello?", script.getNodes().get(3)));
        input.setNext(script.getNodes().get(2));
        script.getNodes().add(input);
        assertEquals(1, codes(script, IvrValidator.INVALID_INPUT_RULE).size());

        input.setMaxLength(8);
        input.setPattern("[0-9");
        List<Diagnostic> found = codes(script, IvrValidator.INVALID_INPUT_RULE);
        assertEquals(1, found.size());
        assertTrue(found.get(0).getMessage().contains("'[0-9', which is not a valid regular expression"));
    }

    private static List<Diagnostic> codes(IvrScript script, int code) {
        return ModelValidation.validate(script).getChildren().stream()
                .filter(d -> IvrValidator.SOURCE.equals(d.getSource()) && d.getCode() == code).toList();
    }

    private static List<String> problems(IvrScript script, int severity) {
        return ModelValidation.validate(script).getChildren().stream().filter(d -> d.getSeverity() >= severity)
                .map(Diagnostic::getMessage).toList();
    }
}

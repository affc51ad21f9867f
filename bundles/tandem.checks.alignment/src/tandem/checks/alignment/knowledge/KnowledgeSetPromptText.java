package tandem.checks.alignment.knowledge;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.Prompt;

/** Sets the prompt's text to the knowledge item's approved answer. */
public class KnowledgeSetPromptText implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Say the approved answer: '" + finding.data().get(KnowledgeConsistencyCheck.ANSWER) + "'";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(KnowledgeConsistencyCheck.ANSWER);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        String answer = finding.data().get(KnowledgeConsistencyCheck.ANSWER);
        if (!(element instanceof Prompt prompt) || Objects.equals(prompt.getText(), answer)) {
            return null;
        }
        return SetCommand.create(domain, prompt, Literals.PROMPT__TEXT, answer);
    }
}

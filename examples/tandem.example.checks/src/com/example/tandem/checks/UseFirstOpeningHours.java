package com.example.tandem.checks;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.core.model.ContactCenter;
import tandem.core.model.CorePackage;
import tandem.core.model.Queue;

/** Gives the queue the first opening hours of its contact-center setup. */
public class UseFirstOpeningHours implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Use opening hours '" + finding.data().get("hours") + "'";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey("hours");
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (element instanceof Queue queue && queue.eContainer() instanceof ContactCenter center
                && !center.getOpeningHours().isEmpty()) {
            return SetCommand.create(domain, queue, CorePackage.Literals.QUEUE__OPENING_HOURS,
                    center.getOpeningHours().get(0));
        }
        return null;
    }
}

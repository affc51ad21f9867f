package tandem.checks.quickfixchecklist.training;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.training.model.Course;

/** {@code quickfix.training-no-knowledge}: every course teaches at least one knowledge item. */
public class NoKnowledgeCheck implements Check {

    @Override
    public void run(CheckContext context) {
        for (Course course : context.plans().all(Course.class)) {
            if (course.getTeaches().isEmpty()) {
                context.report(course, "Course '" + course.getName() + "' teaches no knowledge item: link the"
                        + " scripts, FAQs or job aids agents must learn, so that training and the IVR give the same"
                        + " answers.");
            }
        }
    }
}

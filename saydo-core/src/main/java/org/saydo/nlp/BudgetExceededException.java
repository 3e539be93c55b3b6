package org.saydo.nlp;

/**
 * A document took more work than its {@link Budget} allows. The message names the budget and how far the work
 * got; the document is reported failed and the run goes on with the next one.
 */
public final class BudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BudgetExceededException(String message) {
        super(message);
    }
}

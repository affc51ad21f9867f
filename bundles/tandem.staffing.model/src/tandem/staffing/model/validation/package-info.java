/**
 * The invariants of staffing plans, as an EMF validator contributed to {@code tandem.core.validators}; see
 * {@link tandem.staffing.model.validation.StaffingValidator} for the rule codes.
 */
package tandem.staffing.model.validation;

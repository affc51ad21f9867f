/**
 */
package tandem.ivr.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Exit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One way out of an external step: its label in the platform (Success, NoMatchingError, a condition) and the node it leads to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.StepExit#getLabel <em>Label</em>}</li>
 *   <li>{@link tandem.ivr.model.StepExit#isFailure <em>Failure</em>}</li>
 *   <li>{@link tandem.ivr.model.StepExit#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getStepExit()
 * @model
 * @generated
 */
public interface StepExit extends EObject
{
  /**
   * Returns the value of the '<em><b>Label</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Label</em>' attribute.
   * @see #setLabel(String)
   * @see tandem.ivr.model.IvrPackage#getStepExit_Label()
   * @model
   * @generated
   */
  String getLabel();

  /**
   * Sets the value of the '{@link tandem.ivr.model.StepExit#getLabel <em>Label</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Label</em>' attribute.
   * @see #getLabel()
   * @generated
   */
  void setLabel(String value);

  /**
   * Returns the value of the '<em><b>Failure</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Whether the exit is taken when the step fails (an error), not when it succeeds.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Failure</em>' attribute.
   * @see #setFailure(boolean)
   * @see tandem.ivr.model.IvrPackage#getStepExit_Failure()
   * @model
   * @generated
   */
  boolean isFailure();

  /**
   * Sets the value of the '{@link tandem.ivr.model.StepExit#isFailure <em>Failure</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Failure</em>' attribute.
   * @see #isFailure()
   * @generated
   */
  void setFailure(boolean value);

  /**
   * Returns the value of the '<em><b>Target</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Target</em>' reference.
   * @see #setTarget(Node)
   * @see tandem.ivr.model.IvrPackage#getStepExit_Target()
   * @model
   * @generated
   */
  Node getTarget();

  /**
   * Sets the value of the '{@link tandem.ivr.model.StepExit#getTarget <em>Target</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Target</em>' reference.
   * @see #getTarget()
   * @generated
   */
  void setTarget(Node value);

} // StepExit

/**
 */
package tandem.ivr.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of an imported flow that Tandem has no node for (a Lambda function, a contact attribute update): it keeps its original definition and its exits, so that the analyses and the simulator walk through it and an export writes it back unchanged.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.ExternalStep#getPlatformType <em>Platform Type</em>}</li>
 *   <li>{@link tandem.ivr.model.ExternalStep#getDefinition <em>Definition</em>}</li>
 *   <li>{@link tandem.ivr.model.ExternalStep#getExits <em>Exits</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getExternalStep()
 * @model
 * @generated
 */
public interface ExternalStep extends Node
{
  /**
   * Returns the value of the '<em><b>Platform Type</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The step's type in the platform it comes from (InvokeLambdaFunction, run-function).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Platform Type</em>' attribute.
   * @see #setPlatformType(String)
   * @see tandem.ivr.model.IvrPackage#getExternalStep_PlatformType()
   * @model
   * @generated
   */
  String getPlatformType();

  /**
   * Sets the value of the '{@link tandem.ivr.model.ExternalStep#getPlatformType <em>Platform Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Platform Type</em>' attribute.
   * @see #getPlatformType()
   * @generated
   */
  void setPlatformType(String value);

  /**
   * Returns the value of the '<em><b>Definition</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The step as the platform defines it (JSON), written back unchanged on export.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Definition</em>' attribute.
   * @see #setDefinition(String)
   * @see tandem.ivr.model.IvrPackage#getExternalStep_Definition()
   * @model
   * @generated
   */
  String getDefinition();

  /**
   * Sets the value of the '{@link tandem.ivr.model.ExternalStep#getDefinition <em>Definition</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Definition</em>' attribute.
   * @see #getDefinition()
   * @generated
   */
  void setDefinition(String value);

  /**
   * Returns the value of the '<em><b>Exits</b></em>' containment reference list.
   * The list contents are of type {@link tandem.ivr.model.StepExit}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Exits</em>' containment reference list.
   * @see tandem.ivr.model.IvrPackage#getExternalStep_Exits()
   * @model containment="true"
   * @generated
   */
  EList<StepExit> getExits();

} // ExternalStep

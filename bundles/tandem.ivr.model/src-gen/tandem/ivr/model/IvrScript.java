/**
 */
package tandem.ivr.model;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.PlanDocument;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Script</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One IVR script (.ivr file): its entry points and the nodes of its call flow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.IvrScript#getLanguage <em>Language</em>}</li>
 *   <li>{@link tandem.ivr.model.IvrScript#getEntryPoints <em>Entry Points</em>}</li>
 *   <li>{@link tandem.ivr.model.IvrScript#getNodes <em>Nodes</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getIvrScript()
 * @model
 * @generated
 */
public interface IvrScript extends PlanDocument
{
  /**
   * Returns the value of the '<em><b>Language</b></em>' attribute.
   * The default value is <code>"en"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The language of prompts that do not name their own.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Language</em>' attribute.
   * @see #setLanguage(String)
   * @see tandem.ivr.model.IvrPackage#getIvrScript_Language()
   * @model default="en"
   * @generated
   */
  String getLanguage();

  /**
   * Sets the value of the '{@link tandem.ivr.model.IvrScript#getLanguage <em>Language</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Language</em>' attribute.
   * @see #getLanguage()
   * @generated
   */
  void setLanguage(String value);

  /**
   * Returns the value of the '<em><b>Entry Points</b></em>' containment reference list.
   * The list contents are of type {@link tandem.ivr.model.EntryPoint}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Entry Points</em>' containment reference list.
   * @see tandem.ivr.model.IvrPackage#getIvrScript_EntryPoints()
   * @model containment="true"
   * @generated
   */
  EList<EntryPoint> getEntryPoints();

  /**
   * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
   * The list contents are of type {@link tandem.ivr.model.Node}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Nodes</em>' containment reference list.
   * @see tandem.ivr.model.IvrPackage#getIvrScript_Nodes()
   * @model containment="true"
   * @generated
   */
  EList<Node> getNodes();

} // IvrScript

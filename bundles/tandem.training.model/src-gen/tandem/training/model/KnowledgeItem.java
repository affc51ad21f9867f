/**
 */
package tandem.training.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import tandem.campaign.model.Campaign;

import tandem.core.model.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knowledge Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An approved piece of what agents must know: a script, a scenario, an FAQ, a how-to or a job aid. IVR prompts refer to it by its id, which never changes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.KnowledgeItem#getKind <em>Kind</em>}</li>
 *   <li>{@link tandem.training.model.KnowledgeItem#getOwner <em>Owner</em>}</li>
 *   <li>{@link tandem.training.model.KnowledgeItem#getVersion <em>Version</em>}</li>
 *   <li>{@link tandem.training.model.KnowledgeItem#getApprovalDate <em>Approval Date</em>}</li>
 *   <li>{@link tandem.training.model.KnowledgeItem#getText <em>Text</em>}</li>
 *   <li>{@link tandem.training.model.KnowledgeItem#getQuestion <em>Question</em>}</li>
 *   <li>{@link tandem.training.model.KnowledgeItem#getAnswer <em>Answer</em>}</li>
 *   <li>{@link tandem.training.model.KnowledgeItem#getCampaigns <em>Campaigns</em>}</li>
 * </ul>
 *
 * @see tandem.training.model.TrainingPackage#getKnowledgeItem()
 * @model
 * @generated
 */
public interface KnowledgeItem extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Kind</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.training.model.KnowledgeKind}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Kind</em>' attribute.
   * @see tandem.training.model.KnowledgeKind
   * @see #setKind(KnowledgeKind)
   * @see tandem.training.model.TrainingPackage#getKnowledgeItem_Kind()
   * @model
   * @generated
   */
  KnowledgeKind getKind();

  /**
   * Sets the value of the '{@link tandem.training.model.KnowledgeItem#getKind <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Kind</em>' attribute.
   * @see tandem.training.model.KnowledgeKind
   * @see #getKind()
   * @generated
   */
  void setKind(KnowledgeKind value);

  /**
   * Returns the value of the '<em><b>Owner</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Owner</em>' attribute.
   * @see #setOwner(String)
   * @see tandem.training.model.TrainingPackage#getKnowledgeItem_Owner()
   * @model
   * @generated
   */
  String getOwner();

  /**
   * Sets the value of the '{@link tandem.training.model.KnowledgeItem#getOwner <em>Owner</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Owner</em>' attribute.
   * @see #getOwner()
   * @generated
   */
  void setOwner(String value);

  /**
   * Returns the value of the '<em><b>Version</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Version</em>' attribute.
   * @see #setVersion(String)
   * @see tandem.training.model.TrainingPackage#getKnowledgeItem_Version()
   * @model
   * @generated
   */
  String getVersion();

  /**
   * Sets the value of the '{@link tandem.training.model.KnowledgeItem#getVersion <em>Version</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Version</em>' attribute.
   * @see #getVersion()
   * @generated
   */
  void setVersion(String value);

  /**
   * Returns the value of the '<em><b>Approval Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Approval Date</em>' attribute.
   * @see #setApprovalDate(LocalDate)
   * @see tandem.training.model.TrainingPackage#getKnowledgeItem_ApprovalDate()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getApprovalDate();

  /**
   * Sets the value of the '{@link tandem.training.model.KnowledgeItem#getApprovalDate <em>Approval Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Approval Date</em>' attribute.
   * @see #getApprovalDate()
   * @generated
   */
  void setApprovalDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Text</em>' attribute.
   * @see #setText(String)
   * @see tandem.training.model.TrainingPackage#getKnowledgeItem_Text()
   * @model
   * @generated
   */
  String getText();

  /**
   * Sets the value of the '{@link tandem.training.model.KnowledgeItem#getText <em>Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Text</em>' attribute.
   * @see #getText()
   * @generated
   */
  void setText(String value);

  /**
   * Returns the value of the '<em><b>Question</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The customer's question, for an FAQ.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Question</em>' attribute.
   * @see #setQuestion(String)
   * @see tandem.training.model.TrainingPackage#getKnowledgeItem_Question()
   * @model
   * @generated
   */
  String getQuestion();

  /**
   * Sets the value of the '{@link tandem.training.model.KnowledgeItem#getQuestion <em>Question</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Question</em>' attribute.
   * @see #getQuestion()
   * @generated
   */
  void setQuestion(String value);

  /**
   * Returns the value of the '<em><b>Answer</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The approved answer, for an FAQ.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Answer</em>' attribute.
   * @see #setAnswer(String)
   * @see tandem.training.model.TrainingPackage#getKnowledgeItem_Answer()
   * @model
   * @generated
   */
  String getAnswer();

  /**
   * Sets the value of the '{@link tandem.training.model.KnowledgeItem#getAnswer <em>Answer</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Answer</em>' attribute.
   * @see #getAnswer()
   * @generated
   */
  void setAnswer(String value);

  /**
   * Returns the value of the '<em><b>Campaigns</b></em>' reference list.
   * The list contents are of type {@link tandem.campaign.model.Campaign}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The campaigns the item serves.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Campaigns</em>' reference list.
   * @see tandem.training.model.TrainingPackage#getKnowledgeItem_Campaigns()
   * @model
   * @generated
   */
  EList<Campaign> getCampaigns();

} // KnowledgeItem

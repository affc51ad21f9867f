/**
 */
package tandem.ivr.model;

import java.time.LocalDate;

import tandem.campaign.model.Campaign;

import tandem.core.model.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entry Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where calls come in: the number dialled, optionally a campaign code (the promotion the caller quotes), and the first node of the flow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.EntryPoint#getNumber <em>Number</em>}</li>
 *   <li>{@link tandem.ivr.model.EntryPoint#getCampaignCode <em>Campaign Code</em>}</li>
 *   <li>{@link tandem.ivr.model.EntryPoint#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link tandem.ivr.model.EntryPoint#getFirstNode <em>First Node</em>}</li>
 *   <li>{@link tandem.ivr.model.EntryPoint#getLiveFrom <em>Live From</em>}</li>
 *   <li>{@link tandem.ivr.model.EntryPoint#getPlatformFlow <em>Platform Flow</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getEntryPoint()
 * @model
 * @generated
 */
public interface EntryPoint extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Number</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Number</em>' attribute.
   * @see #setNumber(String)
   * @see tandem.ivr.model.IvrPackage#getEntryPoint_Number()
   * @model
   * @generated
   */
  String getNumber();

  /**
   * Sets the value of the '{@link tandem.ivr.model.EntryPoint#getNumber <em>Number</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Number</em>' attribute.
   * @see #getNumber()
   * @generated
   */
  void setNumber(String value);

  /**
   * Returns the value of the '<em><b>Campaign Code</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The campaign code that selects this entry point; when empty, the referenced campaign's code is used.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Campaign Code</em>' attribute.
   * @see #setCampaignCode(String)
   * @see tandem.ivr.model.IvrPackage#getEntryPoint_CampaignCode()
   * @model
   * @generated
   */
  String getCampaignCode();

  /**
   * Sets the value of the '{@link tandem.ivr.model.EntryPoint#getCampaignCode <em>Campaign Code</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Campaign Code</em>' attribute.
   * @see #getCampaignCode()
   * @generated
   */
  void setCampaignCode(String value);

  /**
   * Returns the value of the '<em><b>Campaign</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The campaign (in a .campaigns file) this entry point serves.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Campaign</em>' reference.
   * @see #setCampaign(Campaign)
   * @see tandem.ivr.model.IvrPackage#getEntryPoint_Campaign()
   * @model
   * @generated
   */
  Campaign getCampaign();

  /**
   * Sets the value of the '{@link tandem.ivr.model.EntryPoint#getCampaign <em>Campaign</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Campaign</em>' reference.
   * @see #getCampaign()
   * @generated
   */
  void setCampaign(Campaign value);

  /**
   * Returns the value of the '<em><b>First Node</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>First Node</em>' reference.
   * @see #setFirstNode(Node)
   * @see tandem.ivr.model.IvrPackage#getEntryPoint_FirstNode()
   * @model
   * @generated
   */
  Node getFirstNode();

  /**
   * Sets the value of the '{@link tandem.ivr.model.EntryPoint#getFirstNode <em>First Node</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>First Node</em>' reference.
   * @see #getFirstNode()
   * @generated
   */
  void setFirstNode(Node value);

  /**
   * Returns the value of the '<em><b>Live From</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The first day calls reach this entry point; empty means live now.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Live From</em>' attribute.
   * @see #setLiveFrom(LocalDate)
   * @see tandem.ivr.model.IvrPackage#getEntryPoint_LiveFrom()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getLiveFrom();

  /**
   * Sets the value of the '{@link tandem.ivr.model.EntryPoint#getLiveFrom <em>Live From</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Live From</em>' attribute.
   * @see #getLiveFrom()
   * @generated
   */
  void setLiveFrom(LocalDate value);

  /**
   * Returns the value of the '<em><b>Platform Flow</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The Amazon Connect or Twilio Studio flow (its JSON) this entry point was imported from, kept so that an export writes the steps nobody changed exactly as they were; empty for entry points made in Tandem.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Platform Flow</em>' attribute.
   * @see #setPlatformFlow(String)
   * @see tandem.ivr.model.IvrPackage#getEntryPoint_PlatformFlow()
   * @model
   * @generated
   */
  String getPlatformFlow();

  /**
   * Sets the value of the '{@link tandem.ivr.model.EntryPoint#getPlatformFlow <em>Platform Flow</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Platform Flow</em>' attribute.
   * @see #getPlatformFlow()
   * @generated
   */
  void setPlatformFlow(String value);

} // EntryPoint

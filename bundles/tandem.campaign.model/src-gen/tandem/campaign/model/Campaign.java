/**
 */
package tandem.campaign.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.NamedElement;
import tandem.core.model.Queue;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A promotion with its dates, offer, the queues that will receive its contacts and its drops.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.Campaign#getOwner <em>Owner</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getObjective <em>Objective</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getCampaignCode <em>Campaign Code</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getEndDate <em>End Date</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getServiceNotifiedOn <em>Service Notified On</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getChannels <em>Channels</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getQueues <em>Queues</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getOffer <em>Offer</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getSuccessMetrics <em>Success Metrics</em>}</li>
 *   <li>{@link tandem.campaign.model.Campaign#getDrops <em>Drops</em>}</li>
 * </ul>
 *
 * @see tandem.campaign.model.CampaignPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Owner</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Owner</em>' attribute.
   * @see #setOwner(String)
   * @see tandem.campaign.model.CampaignPackage#getCampaign_Owner()
   * @model
   * @generated
   */
  String getOwner();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Campaign#getOwner <em>Owner</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Owner</em>' attribute.
   * @see #getOwner()
   * @generated
   */
  void setOwner(String value);

  /**
   * Returns the value of the '<em><b>Objective</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Objective</em>' attribute.
   * @see #setObjective(String)
   * @see tandem.campaign.model.CampaignPackage#getCampaign_Objective()
   * @model
   * @generated
   */
  String getObjective();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Campaign#getObjective <em>Objective</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Objective</em>' attribute.
   * @see #getObjective()
   * @generated
   */
  void setObjective(String value);

  /**
   * Returns the value of the '<em><b>Campaign Code</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The code customers quote or dial (promotion code); IVR entry points route on it.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Campaign Code</em>' attribute.
   * @see #setCampaignCode(String)
   * @see tandem.campaign.model.CampaignPackage#getCampaign_CampaignCode()
   * @model
   * @generated
   */
  String getCampaignCode();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Campaign#getCampaignCode <em>Campaign Code</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Campaign Code</em>' attribute.
   * @see #getCampaignCode()
   * @generated
   */
  void setCampaignCode(String value);

  /**
   * Returns the value of the '<em><b>Start Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Start Date</em>' attribute.
   * @see #setStartDate(LocalDate)
   * @see tandem.campaign.model.CampaignPackage#getCampaign_StartDate()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getStartDate();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Campaign#getStartDate <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Start Date</em>' attribute.
   * @see #getStartDate()
   * @generated
   */
  void setStartDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>End Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>End Date</em>' attribute.
   * @see #setEndDate(LocalDate)
   * @see tandem.campaign.model.CampaignPackage#getCampaign_EndDate()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getEndDate();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Campaign#getEndDate <em>End Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>End Date</em>' attribute.
   * @see #getEndDate()
   * @generated
   */
  void setEndDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Service Notified On</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The date customer service was told about the campaign.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Service Notified On</em>' attribute.
   * @see #setServiceNotifiedOn(LocalDate)
   * @see tandem.campaign.model.CampaignPackage#getCampaign_ServiceNotifiedOn()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getServiceNotifiedOn();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Campaign#getServiceNotifiedOn <em>Service Notified On</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Service Notified On</em>' attribute.
   * @see #getServiceNotifiedOn()
   * @generated
   */
  void setServiceNotifiedOn(LocalDate value);

  /**
   * Returns the value of the '<em><b>Channels</b></em>' attribute list.
   * The list contents are of type {@link tandem.campaign.model.DropKind}.
   * The literals are from the enumeration {@link tandem.campaign.model.DropKind}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Channels</em>' attribute list.
   * @see tandem.campaign.model.DropKind
   * @see tandem.campaign.model.CampaignPackage#getCampaign_Channels()
   * @model
   * @generated
   */
  EList<DropKind> getChannels();

  /**
   * Returns the value of the '<em><b>Queues</b></em>' reference list.
   * The list contents are of type {@link tandem.core.model.Queue}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The queues that will receive the campaign's contacts.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Queues</em>' reference list.
   * @see tandem.campaign.model.CampaignPackage#getCampaign_Queues()
   * @model
   * @generated
   */
  EList<Queue> getQueues();

  /**
   * Returns the value of the '<em><b>Offer</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Offer</em>' containment reference.
   * @see #setOffer(Offer)
   * @see tandem.campaign.model.CampaignPackage#getCampaign_Offer()
   * @model containment="true"
   * @generated
   */
  Offer getOffer();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Campaign#getOffer <em>Offer</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Offer</em>' containment reference.
   * @see #getOffer()
   * @generated
   */
  void setOffer(Offer value);

  /**
   * Returns the value of the '<em><b>Success Metrics</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Success Metrics</em>' containment reference.
   * @see #setSuccessMetrics(SuccessMetrics)
   * @see tandem.campaign.model.CampaignPackage#getCampaign_SuccessMetrics()
   * @model containment="true"
   * @generated
   */
  SuccessMetrics getSuccessMetrics();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Campaign#getSuccessMetrics <em>Success Metrics</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Success Metrics</em>' containment reference.
   * @see #getSuccessMetrics()
   * @generated
   */
  void setSuccessMetrics(SuccessMetrics value);

  /**
   * Returns the value of the '<em><b>Drops</b></em>' containment reference list.
   * The list contents are of type {@link tandem.campaign.model.Drop}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Drops</em>' containment reference list.
   * @see tandem.campaign.model.CampaignPackage#getCampaign_Drops()
   * @model containment="true"
   * @generated
   */
  EList<Drop> getDrops();

} // Campaign

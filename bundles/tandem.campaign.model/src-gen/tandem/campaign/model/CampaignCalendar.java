/**
 */
package tandem.campaign.model;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.PlanDocument;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.CampaignCalendar#getCampaigns <em>Campaigns</em>}</li>
 * </ul>
 *
 * @see tandem.campaign.model.CampaignPackage#getCampaignCalendar()
 * @model
 * @generated
 */
public interface CampaignCalendar extends PlanDocument
{
  /**
   * Returns the value of the '<em><b>Campaigns</b></em>' containment reference list.
   * The list contents are of type {@link tandem.campaign.model.Campaign}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Campaigns</em>' containment reference list.
   * @see tandem.campaign.model.CampaignPackage#getCampaignCalendar_Campaigns()
   * @model containment="true"
   * @generated
   */
  EList<Campaign> getCampaigns();

} // CampaignCalendar

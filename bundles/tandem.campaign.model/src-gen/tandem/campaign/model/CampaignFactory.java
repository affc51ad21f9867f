/**
 */
package tandem.campaign.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see tandem.campaign.model.CampaignPackage
 * @generated
 */
public interface CampaignFactory extends EFactory
{
  /**
   * The singleton instance of the factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  CampaignFactory eINSTANCE = tandem.campaign.model.impl.CampaignFactoryImpl.init();

  /**
   * Returns a new object of class '<em>Calendar</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Calendar</em>'.
   * @generated
   */
  CampaignCalendar createCampaignCalendar();

  /**
   * Returns a new object of class '<em>Campaign</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Campaign</em>'.
   * @generated
   */
  Campaign createCampaign();

  /**
   * Returns a new object of class '<em>Offer</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Offer</em>'.
   * @generated
   */
  Offer createOffer();

  /**
   * Returns a new object of class '<em>Offer Item</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Offer Item</em>'.
   * @generated
   */
  OfferItem createOfferItem();

  /**
   * Returns a new object of class '<em>Success Metrics</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Success Metrics</em>'.
   * @generated
   */
  SuccessMetrics createSuccessMetrics();

  /**
   * Returns a new object of class '<em>Drop</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Drop</em>'.
   * @generated
   */
  Drop createDrop();

  /**
   * Returns a new object of class '<em>Channel Share</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Channel Share</em>'.
   * @generated
   */
  ChannelShare createChannelShare();

  /**
   * Returns the package supported by this factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the package supported by this factory.
   * @generated
   */
  CampaignPackage getCampaignPackage();

} //CampaignFactory

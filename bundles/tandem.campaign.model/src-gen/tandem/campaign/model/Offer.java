/**
 */
package tandem.campaign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.Offer#getDescription <em>Description</em>}</li>
 *   <li>{@link tandem.campaign.model.Offer#getTerms <em>Terms</em>}</li>
 *   <li>{@link tandem.campaign.model.Offer#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see tandem.campaign.model.CampaignPackage#getOffer()
 * @model
 * @generated
 */
public interface Offer extends EObject
{
  /**
   * Returns the value of the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Description</em>' attribute.
   * @see #setDescription(String)
   * @see tandem.campaign.model.CampaignPackage#getOffer_Description()
   * @model
   * @generated
   */
  String getDescription();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Offer#getDescription <em>Description</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Description</em>' attribute.
   * @see #getDescription()
   * @generated
   */
  void setDescription(String value);

  /**
   * Returns the value of the '<em><b>Terms</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Terms</em>' attribute.
   * @see #setTerms(String)
   * @see tandem.campaign.model.CampaignPackage#getOffer_Terms()
   * @model
   * @generated
   */
  String getTerms();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Offer#getTerms <em>Terms</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Terms</em>' attribute.
   * @see #getTerms()
   * @generated
   */
  void setTerms(String value);

  /**
   * Returns the value of the '<em><b>Items</b></em>' containment reference list.
   * The list contents are of type {@link tandem.campaign.model.OfferItem}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Items</em>' containment reference list.
   * @see tandem.campaign.model.CampaignPackage#getOffer_Items()
   * @model containment="true"
   * @generated
   */
  EList<OfferItem> getItems();

} // Offer

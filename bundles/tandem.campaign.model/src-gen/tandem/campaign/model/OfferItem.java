/**
 */
package tandem.campaign.model;

import tandem.core.model.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offer Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the offer hands out (a giveaway, a discounted device); limited items can run out.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.OfferItem#isLimitedInventory <em>Limited Inventory</em>}</li>
 *   <li>{@link tandem.campaign.model.OfferItem#getQuantityOnHand <em>Quantity On Hand</em>}</li>
 *   <li>{@link tandem.campaign.model.OfferItem#getRedemptionRate <em>Redemption Rate</em>}</li>
 * </ul>
 *
 * @see tandem.campaign.model.CampaignPackage#getOfferItem()
 * @model
 * @generated
 */
public interface OfferItem extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Limited Inventory</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Limited Inventory</em>' attribute.
   * @see #setLimitedInventory(boolean)
   * @see tandem.campaign.model.CampaignPackage#getOfferItem_LimitedInventory()
   * @model
   * @generated
   */
  boolean isLimitedInventory();

  /**
   * Sets the value of the '{@link tandem.campaign.model.OfferItem#isLimitedInventory <em>Limited Inventory</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Limited Inventory</em>' attribute.
   * @see #isLimitedInventory()
   * @generated
   */
  void setLimitedInventory(boolean value);

  /**
   * Returns the value of the '<em><b>Quantity On Hand</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Quantity On Hand</em>' attribute.
   * @see #setQuantityOnHand(int)
   * @see tandem.campaign.model.CampaignPackage#getOfferItem_QuantityOnHand()
   * @model
   * @generated
   */
  int getQuantityOnHand();

  /**
   * Sets the value of the '{@link tandem.campaign.model.OfferItem#getQuantityOnHand <em>Quantity On Hand</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Quantity On Hand</em>' attribute.
   * @see #getQuantityOnHand()
   * @generated
   */
  void setQuantityOnHand(int value);

  /**
   * Returns the value of the '<em><b>Redemption Rate</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Share (0..1) of responders expected to claim the item.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Redemption Rate</em>' attribute.
   * @see #setRedemptionRate(double)
   * @see tandem.campaign.model.CampaignPackage#getOfferItem_RedemptionRate()
   * @model annotation="http://tandem.dev/unit unit='percent'"
   * @generated
   */
  double getRedemptionRate();

  /**
   * Sets the value of the '{@link tandem.campaign.model.OfferItem#getRedemptionRate <em>Redemption Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Redemption Rate</em>' attribute.
   * @see #getRedemptionRate()
   * @generated
   */
  void setRedemptionRate(double value);

} // OfferItem

/**
 */
package tandem.campaign.model;

import org.eclipse.emf.ecore.EObject;

import tandem.core.model.Channel;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Share</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.ChannelShare#getChannel <em>Channel</em>}</li>
 *   <li>{@link tandem.campaign.model.ChannelShare#getShare <em>Share</em>}</li>
 * </ul>
 *
 * @see tandem.campaign.model.CampaignPackage#getChannelShare()
 * @model
 * @generated
 */
public interface ChannelShare extends EObject
{
  /**
   * Returns the value of the '<em><b>Channel</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.core.model.Channel}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Channel</em>' attribute.
   * @see tandem.core.model.Channel
   * @see #setChannel(Channel)
   * @see tandem.campaign.model.CampaignPackage#getChannelShare_Channel()
   * @model
   * @generated
   */
  Channel getChannel();

  /**
   * Sets the value of the '{@link tandem.campaign.model.ChannelShare#getChannel <em>Channel</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Channel</em>' attribute.
   * @see tandem.core.model.Channel
   * @see #getChannel()
   * @generated
   */
  void setChannel(Channel value);

  /**
   * Returns the value of the '<em><b>Share</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Share</em>' attribute.
   * @see #setShare(double)
   * @see tandem.campaign.model.CampaignPackage#getChannelShare_Share()
   * @model annotation="http://tandem.dev/unit unit='percent'"
   * @generated
   */
  double getShare();

  /**
   * Sets the value of the '{@link tandem.campaign.model.ChannelShare#getShare <em>Share</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Share</em>' attribute.
   * @see #getShare()
   * @generated
   */
  void setShare(double value);

} // ChannelShare

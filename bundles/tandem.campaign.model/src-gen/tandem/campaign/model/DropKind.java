/**
 */
package tandem.campaign.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Drop Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see tandem.campaign.model.CampaignPackage#getDropKind()
 * @model
 * @generated
 */
public enum DropKind implements Enumerator
{
  /**
   * The '<em><b>Mail</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #MAIL_VALUE
   * @generated
   * @ordered
   */
  MAIL(0, "mail", "mail"),

  /**
   * The '<em><b>Email Blast</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #EMAIL_BLAST_VALUE
   * @generated
   * @ordered
   */
  EMAIL_BLAST(1, "emailBlast", "emailBlast"),

  /**
   * The '<em><b>Banner</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #BANNER_VALUE
   * @generated
   * @ordered
   */
  BANNER(2, "banner", "banner"),

  /**
   * The '<em><b>Tv</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #TV_VALUE
   * @generated
   * @ordered
   */
  TV(3, "tv", "tv"),

  /**
   * The '<em><b>Radio</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #RADIO_VALUE
   * @generated
   * @ordered
   */
  RADIO(4, "radio", "radio"),

  /**
   * The '<em><b>Print</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PRINT_VALUE
   * @generated
   * @ordered
   */
  PRINT(5, "print", "print"),

  /**
   * The '<em><b>Social</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SOCIAL_VALUE
   * @generated
   * @ordered
   */
  SOCIAL(6, "social", "social"),

  /**
   * The '<em><b>Sms</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SMS_VALUE
   * @generated
   * @ordered
   */
  SMS(7, "sms", "sms"),

  /**
   * The '<em><b>Outbound Wave</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #OUTBOUND_WAVE_VALUE
   * @generated
   * @ordered
   */
  OUTBOUND_WAVE(8, "outboundWave", "outboundWave");

  /**
   * The '<em><b>Mail</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #MAIL
   * @model name="mail"
   * @generated
   * @ordered
   */
  public static final int MAIL_VALUE = 0;

  /**
   * The '<em><b>Email Blast</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #EMAIL_BLAST
   * @model name="emailBlast"
   * @generated
   * @ordered
   */
  public static final int EMAIL_BLAST_VALUE = 1;

  /**
   * The '<em><b>Banner</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #BANNER
   * @model name="banner"
   * @generated
   * @ordered
   */
  public static final int BANNER_VALUE = 2;

  /**
   * The '<em><b>Tv</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #TV
   * @model name="tv"
   * @generated
   * @ordered
   */
  public static final int TV_VALUE = 3;

  /**
   * The '<em><b>Radio</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #RADIO
   * @model name="radio"
   * @generated
   * @ordered
   */
  public static final int RADIO_VALUE = 4;

  /**
   * The '<em><b>Print</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PRINT
   * @model name="print"
   * @generated
   * @ordered
   */
  public static final int PRINT_VALUE = 5;

  /**
   * The '<em><b>Social</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SOCIAL
   * @model name="social"
   * @generated
   * @ordered
   */
  public static final int SOCIAL_VALUE = 6;

  /**
   * The '<em><b>Sms</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SMS
   * @model name="sms"
   * @generated
   * @ordered
   */
  public static final int SMS_VALUE = 7;

  /**
   * The '<em><b>Outbound Wave</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #OUTBOUND_WAVE
   * @model name="outboundWave"
   * @generated
   * @ordered
   */
  public static final int OUTBOUND_WAVE_VALUE = 8;

  /**
   * An array of all the '<em><b>Drop Kind</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final DropKind[] VALUES_ARRAY =
    new DropKind[]
    {
      MAIL,
      EMAIL_BLAST,
      BANNER,
      TV,
      RADIO,
      PRINT,
      SOCIAL,
      SMS,
      OUTBOUND_WAVE,
    };

  /**
   * A public read-only list of all the '<em><b>Drop Kind</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<DropKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Drop Kind</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static DropKind get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      DropKind result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Drop Kind</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static DropKind getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      DropKind result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Drop Kind</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static DropKind get(int value)
  {
    switch (value)
    {
      case MAIL_VALUE: return MAIL;
      case EMAIL_BLAST_VALUE: return EMAIL_BLAST;
      case BANNER_VALUE: return BANNER;
      case TV_VALUE: return TV;
      case RADIO_VALUE: return RADIO;
      case PRINT_VALUE: return PRINT;
      case SOCIAL_VALUE: return SOCIAL;
      case SMS_VALUE: return SMS;
      case OUTBOUND_WAVE_VALUE: return OUTBOUND_WAVE;
    }
    return null;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final int value;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String name;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String literal;

  /**
   * Only this class can construct instances.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private DropKind(int value, String name, String literal)
  {
    this.value = value;
    this.name = name;
    this.literal = literal;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getValue()
  {
    return value;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLiteral()
  {
    return literal;
  }

  /**
   * Returns the literal value of the enumerator, which is its string representation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    return literal;
  }
  
} //DropKind

/**
 */
package tandem.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see tandem.core.model.CorePackage#getChannel()
 * @model
 * @generated
 */
public enum Channel implements Enumerator
{
  /**
   * The '<em><b>Phone</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PHONE_VALUE
   * @generated
   * @ordered
   */
  PHONE(0, "phone", "phone"),

  /**
   * The '<em><b>Chat</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CHAT_VALUE
   * @generated
   * @ordered
   */
  CHAT(1, "chat", "chat"),

  /**
   * The '<em><b>Email</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #EMAIL_VALUE
   * @generated
   * @ordered
   */
  EMAIL(2, "email", "email"),

  /**
   * The '<em><b>Social</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SOCIAL_VALUE
   * @generated
   * @ordered
   */
  SOCIAL(3, "social", "social"),

  /**
   * The '<em><b>Sms</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SMS_VALUE
   * @generated
   * @ordered
   */
  SMS(4, "sms", "sms");

  /**
   * The '<em><b>Phone</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PHONE
   * @model name="phone"
   * @generated
   * @ordered
   */
  public static final int PHONE_VALUE = 0;

  /**
   * The '<em><b>Chat</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CHAT
   * @model name="chat"
   * @generated
   * @ordered
   */
  public static final int CHAT_VALUE = 1;

  /**
   * The '<em><b>Email</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #EMAIL
   * @model name="email"
   * @generated
   * @ordered
   */
  public static final int EMAIL_VALUE = 2;

  /**
   * The '<em><b>Social</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SOCIAL
   * @model name="social"
   * @generated
   * @ordered
   */
  public static final int SOCIAL_VALUE = 3;

  /**
   * The '<em><b>Sms</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SMS
   * @model name="sms"
   * @generated
   * @ordered
   */
  public static final int SMS_VALUE = 4;

  /**
   * An array of all the '<em><b>Channel</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final Channel[] VALUES_ARRAY =
    new Channel[]
    {
      PHONE,
      CHAT,
      EMAIL,
      SOCIAL,
      SMS,
    };

  /**
   * A public read-only list of all the '<em><b>Channel</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<Channel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Channel</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static Channel get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      Channel result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Channel</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static Channel getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      Channel result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Channel</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static Channel get(int value)
  {
    switch (value)
    {
      case PHONE_VALUE: return PHONE;
      case CHAT_VALUE: return CHAT;
      case EMAIL_VALUE: return EMAIL;
      case SOCIAL_VALUE: return SOCIAL;
      case SMS_VALUE: return SMS;
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
  private Channel(int value, String name, String literal)
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
  
} //Channel

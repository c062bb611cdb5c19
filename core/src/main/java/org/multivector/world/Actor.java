package org.multivector.world;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A participant in the world model: a state, a bloc, an organisation or a statistical aggregate.
 *
 * @param code    ISO 3166-1 alpha-3 for states ({@code KAZ}); a short upper-case code for blocs,
 *                organisations and aggregates ({@code EU}, {@code EAEU}, {@code C5+1}, {@code WLD})
 * @param name    the name readers know
 * @param kind    what it is
 * @param cowCode the Correlates-of-War state number where one exists
 * @param members for blocs and organisations declared with members: who belongs, and when
 */
public record Actor(String code, String name, ActorKind kind, OptionalInt cowCode, List<BlocMember> members) {

    /** Codes that files may use: an upper-case letter, then 1 to 11 of upper-case letters, digits, {@code + _ -}. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9+_-]{1,11}");

    /** The code of the reported world total, the denominator of every share. */
    public static final String WORLD = "WLD";

    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cowCode, "cowCode");
        members = List.copyOf(members);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("actor code '" + code + "' does not match " + CODE.pattern());
        }
    }

    /** A state or aggregate without members. */
    public static Actor of(String code, String name, ActorKind kind) {
        return new Actor(code, name, kind, OptionalInt.empty(), List.of());
    }

    /** Whether {@code memberCode} belongs to this bloc in {@code year}. */
    public boolean hasMember(String memberCode, int year) {
        for (BlocMember member : members) {
            if (member.code().equals(memberCode) && member.holdsIn(year)) {
                return true;
            }
        }
        return false;
    }

    /** The codes of the members in {@code year}. */
    public List<String> membersIn(int year) {
        return members.stream()
                .filter(m -> m.holdsIn(year))
                .map(BlocMember::code)
                .toList();
    }
}

package dev.clapboard.compliance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CardCastRepository extends JpaRepository<CardCast, Long> {

    Optional<CardCast> findByCardId(long cardId);

    @Query("select c from CardCast c join c.personIds person where person = :personId")
    List<CardCast> declaring(long personId);
}

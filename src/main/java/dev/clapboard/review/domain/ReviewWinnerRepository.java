package dev.clapboard.review.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewWinnerRepository extends JpaRepository<ReviewWinner, Long> {

    Optional<ReviewWinner> findFirstByComparisonKeyOrderByIdDesc(String comparisonKey);

    List<ReviewWinner> findByComparisonKeyOrderByIdAsc(String comparisonKey);
}

package dev.clapboard.compliance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AddedPublicFigureRepository extends JpaRepository<AddedPublicFigure, Long> {

    List<AddedPublicFigure> findAllByOrderByNameAsc();
}

package org.onecard.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onecard.excel.ExcelImports;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The downloadable workbook of each import kind, as the sheet is read now. */
@Component
public class ImportTemplates {

    private final ExcelImports excel;
    private final Map<ImportKind, ImportUseCase<?>> useCases;

    ImportTemplates(ExcelImports excel, List<ImportUseCase<?>> useCases) {
        this.excel = excel;
        this.useCases = useCases.stream().collect(Collectors.toMap(ImportUseCase::kind, Function.identity()));
    }

    public Mono<byte[]> of(ImportKind kind) {
        return useCases.get(kind).spec().flatMap(spec -> excel.template(spec.sheet()));
    }
}

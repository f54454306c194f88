package org.acquis.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The page's own address, for the forms that come back to it (language switcher). */
@ControllerAdvice(annotations = Controller.class)
class CurrentPath {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var query = request.getQueryString();
		// checked when used (LocalPaths)
		return query == null ? path : path + "?" + query;
	}

}
